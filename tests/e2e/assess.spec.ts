/**
 * The threat-model builder in a browser: answering updates the result, the link reproduces it, back and
 * forward restore earlier answers, both downloads hold the listed rows, axe finds nothing in either
 * theme, and without JavaScript the questions and the rule table are all there.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';
import { threatModelRules } from '../../src/catalog/risk.ts';
import { cspViolations, watchPage } from './support/guards.ts';

const PATH = '/overview/assess/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ timeout: 60_000 });

/** Answers one question by the text of its legend. */
async function answer(page: Page, question: string, option: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

const listed = (page: Page, list: string) => page.locator(`#${list} > li > a`);
const name = (id: string) => lookup.entry(id).name;

test('answering the questions lists the threats with reasons, and the shared link reproduces them', async ({ page }) => {
  await page.goto(PATH);
  const result = page.locator('#result');
  // A follow-up question waits for the answer it depends on.
  await expect(page.getByRole('group', { name: 'Does the system put untrusted data into the prompt?' })).toBeHidden();
  await answer(page, 'Is it a generative model?', 'Yes');
  await answer(page, 'Who trains or fine-tunes the model?', 'A supplier');
  await answer(page, 'Can an attacker send input to the model?', 'Yes');
  await answer(page, "Could the model's output cause harm?", 'Yes');
  await answer(page, 'Does the system put untrusted data into the prompt?', 'Yes');

  // In catalog order.
  await expect(listed(page, 'assess-threats')).toHaveText(
    ['DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION', 'DENIALMODELSERVICE', 'TRANSFERLEARNINGATTACK', 'GENERALAPPSECTHREATS'].map(name),
  );
  await expect(result.locator('[data-threat="DIRECTPROMPTINJECTION"]')).toContainText('H1 (genai=yes, attacker_can_input=yes, output_can_harm=yes)');
  await expect(listed(page, 'assess-supplier')).toHaveText(['DISCLOSUREINOUTPUT', 'DATAPOISON', 'DEVMODELPOISON'].map(name));
  await expect(result.getByRole('link', { name: name('PROMPTINPUTVALIDATION') })).toHaveAttribute('href', '/controls/promptinputvalidation/');
  await expect(page.getByRole('status')).toContainText('5 threats for you, 3 for a supplier');
  // Questions about training data only apply to a model you train yourself.
  await expect(page.getByRole('group', { name: 'Is the training data sensitive?' })).toBeHidden();

  const url = page.url();
  expect(new URL(url).search).toBe('?genai=yes&trained_by=supplier&attacker_can_input=yes&inserts_untrusted_data=yes&output_can_harm=yes');
  const before = await result.locator('#assess-output').innerText();
  await page.goto('about:blank');
  await page.goto(url);
  await expect.poll(() => result.locator('#assess-output').innerText()).toBe(before);
  await expect(page.getByRole('group', { name: 'Who trains or fine-tunes the model?' }).getByRole('radio', { name: 'A supplier' })).toBeChecked();
});

test('back and forward restore the earlier answers and their result', async ({ page }) => {
  await page.goto(`${PATH}?text_output=yes`);
  await expect(listed(page, 'assess-threats')).toContainText([name('INSECUREOUTPUT')]);
  await answer(page, 'Does the model produce text?', 'No');
  await expect(listed(page, 'assess-threats')).not.toContainText([name('INSECUREOUTPUT')]);
  await page.goBack();
  await expect(page).toHaveURL(/\?text_output=yes$/);
  await expect(page.getByRole('group', { name: 'Does the model produce text?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(listed(page, 'assess-threats')).toContainText([name('INSECUREOUTPUT')]);
  await page.goForward();
  await expect(page).toHaveURL(/\?text_output=no$/);
  await expect(listed(page, 'assess-threats')).not.toContainText([name('INSECUREOUTPUT')]);
});

test('accepting a threat drops its controls, and odd parameters are ignored with a note', async ({ page }) => {
  await page.goto(`${PATH}?text_output=yes&colour=red&genai=maybe`);
  await expect(page.locator('#assess-ignored')).toContainText("Ignored `colour`: it is not one of this page's questions.");
  await expect(page.locator('#assess-ignored')).toContainText('Ignored `genai=maybe`: answer `yes` or `no`.');
  await expect(page.locator('#result').getByRole('link', { name: name('ENCODEMODELOUTPUT') })).toBeVisible();
  const decision = page.getByRole('combobox', { name: `Decision on ${name('INSECUREOUTPUT')}` });
  await decision.selectOption('accepted');
  // The result is rebuilt, and the keyboard stays on the decision it changed.
  await expect(decision).toBeFocused();
  await expect(page.locator('#result').getByRole('link', { name: name('ENCODEMODELOUTPUT') })).toHaveCount(0);
  await expect(page).toHaveURL(/accepted=INSECUREOUTPUT/);
});

test('downloads the result as a Markdown checklist and as CSV with the listed rows', async ({ page }) => {
  await page.goto(`${PATH}?trained_by=self&sensitive_train_data=yes&run_by=supplier`);
  await expect(listed(page, 'assess-threats')).toContainText([name('DISCLOSUREINOUTPUT')]);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('threat-model.csv');
  const csv = (await readFile((await csvDownload.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(csv[0]).toBe('id,name,kind,why,responsible,url');
  const origin = new URL(page.url()).origin;
  expect(csv).toContain(`DEVDATALEAK,${name('DEVDATALEAK')},threat,"H10 (trained_by=self, sensitive_train_data=yes)",you,${origin}/threats/devdataleak/`);
  expect(csv.find((row) => row.startsWith('RUNTIMEMODELPOISON,'))).toContain(',threat,H6 (run_by=supplier),supplier,');
  expect(csv.find((row) => row.startsWith('SUPPLYCHAINMANAGE,'))).toContain(',control,');
  const shown = await page.locator('#assess-threats > li, #assess-supplier > li').count();
  expect(csv.filter((row) => row.includes(',threat,'))).toHaveLength(shown);

  const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown checklist' }).click()]);
  expect(mdDownload.suggestedFilename()).toBe('threat-model.md');
  const md = await readFile((await mdDownload.path())!, 'utf8');
  expect(md).toContain(`- [ ] [${name('DEVDATALEAK')}](${origin}/threats/devdataleak/) (DEVDATALEAK): H10 (trained_by=self, sensitive_train_data=yes). Responsible: you.`);
  expect(md).toContain(`Open again: ${page.url()}`);
  expect(md).toContain('## Next steps');
});

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe with a filled result in the ${theme} theme and keeps to the CSP`, async ({ page, baseURL }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const problems = await watchPage(page, new URL(baseURL!).origin);
    await page.goto(`${PATH}?genai=yes&trained_by=supplier&text_output=yes&can_trigger_actions=yes&accepted=INSECUREOUTPUT&colour=red`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(listed(page, 'assess-threats')).not.toHaveCount(0);
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect([...(await cspViolations(page)), ...problems.console, ...problems.offSite]).toEqual([]);
  });
}

test('the short links assess and threatmodel lead to the builder', async ({ page }) => {
  for (const slug of ['assess', 'threatmodel']) {
    await page.goto(`/goto/${slug}/`);
    await expect(page).toHaveURL(/\/overview\/assess\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Threat-model builder');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every question with its explanation and the full rule table with links', async ({ page }) => {
    await page.goto(PATH);
    const questions = page.locator('.assess__question');
    expect(await questions.count()).toBe(25);
    for (const q of await questions.all()) {
      await expect(q).toBeVisible();
      await expect(q.locator('.assess__help')).not.toBeEmpty();
    }
    const table = page.getByRole('table', { name: 'Threat-model rules: conditions, threats and controls' });
    await expect(table.getByRole('rowheader')).toHaveCount(threatModelRules.length);
    await expect(table.getByRole('link', { name: name('DIRECTPROMPTINJECTION'), exact: true })).toHaveAttribute('href', '/threats/directpromptinjection/');
    await expect(table.getByRole('link', { name: name('SUPPLYCHAINMANAGE'), exact: true }).first()).toHaveAttribute('href', '/controls/supplychainmanage/');
    await expect(page.locator('#result')).toContainText('The result needs JavaScript');
    await expect(page.locator('#result').getByRole('link', { name: 'Reassess when things change' })).toHaveAttribute('href', '/overview/risk-analysis/#continuous-risk-assessment');
  });
});
