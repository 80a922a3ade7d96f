/**
 * The threat-model builder in a browser: answering updates the result with reasons in words and
 * possible threats, the link reproduces it with the decisions, Back/Forward and "Start again" keep form
 * and result together, no button shows before it works, the report, register and answer file
 * round-trip, kept systems compare, the print stays short, the phone view has its count and jump link,
 * axe finds nothing in either theme, and without JavaScript the questions and the rule table are there.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';
import { conditionQuestions } from '../../src/catalog/assess-questions.ts';
import { threatModelRules } from '../../src/catalog/risk.ts';
import { cspViolations, watchPage } from './support/guards.ts';

const PATH = '/overview/assess/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Profile D of the December 2026 review: a coding agent on a supplier's model with repository access. */
const CODING_AGENT =
  '?genai=yes&classification_task=no&text_output=yes&trained_by=supplier&run_by=supplier&hosted_components=yes&third_party_opaque=yes&threat_owned_by_other_org=no&attacker_can_input=yes&inserts_untrusted_data=yes&augments_input=yes&augmentation_data_stored=yes&rag_data_sensitive=yes&augmentation_editable_by_others=yes&augmentation_third_party=yes&retrieval_ignores_access_rights=no&sensitive_input_data=yes&output_can_harm=yes&output_interpreted_downstream=yes&can_trigger_actions=yes&action_can_send_data=yes&sensitive_data_reachable=yes&multi_agent=no&system=Coding+agent';

test.describe.configure({ timeout: 60_000 });

/** Answers one question by the text of its legend. */
async function answer(page: Page, question: string, option: string): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: option, exact: true })
    .check();
}
const radio = (page: Page, question: string, option: string) =>
  page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true });

const listed = (page: Page, list: string) => page.locator(`#${list} > li h4 a`);
const name = (id: string) => lookup.entry(id).name;
const today = () => new Date().toISOString().slice(0, 10);

test('answering lists the threats with reasons in words linked to their rule, possible threats, and a link that reproduces it', async ({
  page,
}) => {
  await page.goto(PATH);
  const result = page.locator('#result');
  // A follow-up question waits for the answer it depends on.
  await expect(
    page.getByRole('group', { name: 'Does the system put untrusted data into the prompt?' }),
  ).toBeHidden();
  await answer(page, 'Is it a generative model?', 'Yes');
  // "Not sure" is not "no": prompt injection is possible until the two questions that decide it are answered.
  await expect(page.locator('[data-possible="DIRECTPROMPTINJECTION"]')).toContainText(
    "Can an attacker send or influence the model's input?",
  );
  await expect(page.locator('#assess-open')).toContainText('Who trains or fine-tunes the model?');
  await answer(page, 'Who trains or fine-tunes the model?', 'A supplier');
  await answer(page, "Can an attacker send or influence the model's input?", 'Yes');
  await answer(page, "Could the model's output cause harm?", 'Yes');
  await answer(page, 'Does the system put untrusted data into the prompt?', 'Yes');

  await expect(listed(page, 'assess-threats')).toContainText(
    ['DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION', 'TRANSFERLEARNINGATTACK'].map(name),
  );
  const dpi = result.locator('[data-threat="DIRECTPROMPTINJECTION"]');
  await expect(dpi).toContainText(
    "Is it a generative model? yes; Can an attacker send or influence the model's input? yes; Could the model's output cause harm? yes",
  );
  await expect(dpi.getByRole('link', { name: 'rule H1', exact: true })).toHaveAttribute(
    'href',
    '#rule-h1',
  );
  // Specific controls under the threat; the general ones once, collapsed.
  await expect(
    dpi.locator('.assess__controls').getByRole('link', { name: name('PROMPTINPUTVALIDATION') }),
  ).toHaveAttribute('href', /\/controls\/promptinputvalidation\/$/);
  await expect(page.locator('details.assess__general')).not.toHaveAttribute('open');
  await expect(page.getByRole('status')).toContainText(
    "threats for you, 3 in the supplier's share",
  );
  await expect(page.locator('#assess-progress')).toContainText('threats so far');

  const url = page.url();
  expect(new URL(url).search).toBe(
    '?genai=yes&trained_by=supplier&attacker_can_input=yes&inserts_untrusted_data=yes&output_can_harm=yes',
  );
  const before = await result.locator('#assess-output').innerText();
  await page.goto('about:blank');
  await page.goto(url);
  await expect.poll(() => result.locator('#assess-output').innerText()).toBe(before);
  await expect(radio(page, 'Who trains or fine-tunes the model?', 'A supplier')).toBeChecked();
});

test('each answer replaces the history entry, so Back leaves the builder, and Forward brings the answers back', async ({
  page,
}) => {
  await page.goto('/overview/');
  await page.goto(PATH);
  const length = await page.evaluate(() => history.length);
  await answer(page, 'Does the model produce text?', 'Yes');
  await expect(listed(page, 'assess-threats')).toContainText([name('INSECUREOUTPUT')]);
  await answer(page, 'Is it a generative model?', 'No');
  await answer(page, 'Does the model classify, choosing between fixed outcomes?', 'Yes');
  await expect(page).toHaveURL(/\?genai=no&classification_task=yes&text_output=yes$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(/\/overview\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\?genai=no&classification_task=yes&text_output=yes$/);
  await expect(radio(page, 'Is it a generative model?', 'No')).toBeChecked();
  await expect(listed(page, 'assess-threats')).toContainText([name('INSECUREOUTPUT')]);
});

test('"Start again" clears answers, name and decisions; Back restores them, form and result together, "Not sure" included', async ({
  page,
}) => {
  await page.goto(
    `${PATH}?text_output=yes&genai=no&system=Shop+texts&risk.INSECUREOUTPUT=high,high,mitigate`,
  );
  await expect(listed(page, 'assess-threats')).toContainText([name('INSECUREOUTPUT')]);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  for (const q of ['Does the model produce text?', 'Is it a generative model?'])
    await expect(radio(page, q, 'Not sure')).toBeChecked();
  await expect(page.getByLabel('Name of the system')).toHaveValue('');
  await expect(listed(page, 'assess-threats')).not.toContainText([name('INSECUREOUTPUT')]);
  await expect(page.locator('[data-possible="INSECUREOUTPUT"]')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?text_output=yes&genai=no/);
  await expect(radio(page, 'Does the model produce text?', 'Yes')).toBeChecked();
  await expect(page.getByLabel('Name of the system')).toHaveValue('Shop texts');
  await expect(page.locator('[data-threat="INSECUREOUTPUT"] summary')).toContainText(
    'likelihood high, impact high, treatment: Mitigate',
  );
  await page.goForward();
  // Blink does not check an empty-value radio when RadioNodeList.value is set to "": the script checks it itself.
  await expect(radio(page, 'Does the model produce text?', 'Not sure')).toBeChecked();
  await expect(listed(page, 'assess-threats')).not.toContainText([name('INSECUREOUTPUT')]);
});

test('no button shows before it works', async ({ page }) => {
  await page.goto(PATH);
  const visibleButtons = () => page.locator('#assess button:visible').allInnerTexts();
  // Before the first answer only the submit button is there; it works, because the script loads on use.
  expect(await visibleButtons()).toEqual(['Show the result']);
  await page.getByRole('button', { name: 'Show the result' }).click();
  await expect(page.locator('#assess-actions')).toBeVisible();
  for (const label of [
    'Download the report (Markdown)',
    'Download the risk register (CSV)',
    'Save answers as a file',
    'Print',
    'Start again',
    'Keep this system in this browser',
  ]) {
    await expect(page.getByRole('button', { name: label })).toBeVisible();
  }
  // Comparing needs a kept system.
  await expect(page.getByRole('button', { name: 'Compare the ticked systems' })).toBeHidden();
});

test('a decision per threat is kept in the link, and the register and report carry it', async ({
  page,
}) => {
  await page.goto(
    `${PATH}?trained_by=self&sensitive_train_data=yes&output_can_reveal_train_data=yes&run_by=supplier&system=Claims+triage`,
  );
  const item = page.locator('#assess-threats [data-threat="DEVDATALEAK"]');
  await expect(item.locator('summary')).toHaveText('Owner: You; not yet rated');
  await item.locator('summary').click();
  await item.getByLabel('Likelihood').selectOption('medium');
  await item.getByLabel('Impact').selectOption('high');
  await item.getByLabel('Treatment').selectOption('mitigate');
  await item.getByLabel('Owner').selectOption('other');
  // The result is rebuilt, and the keyboard stays on the field it changed.
  await expect(page.locator('#decide-DEVDATALEAK-owner')).toBeFocused();
  await page.locator('#decide-DEVDATALEAK-rationale').fill('Data platform team owns the lake');
  await page.locator('#decide-DEVDATALEAK-rationale').press('Tab');
  await expect(page).toHaveURL(
    /risk\.DEVDATALEAK=medium,high,mitigate,other&why\.DEVDATALEAK=Data\+platform\+team\+owns\+the\+lake/,
  );
  // Highest rated first, and the decision stays open while the list is rebuilt.
  await expect(listed(page, 'assess-threats').first()).toHaveText(name('DEVDATALEAK'));
  await expect(item.locator('summary')).toHaveText(
    'Owner: Another party; likelihood medium, impact high, treatment: Mitigate. Rationale: Data platform team owns the lake',
  );
  await expect(page.locator('#decide-DEVDATALEAK-rationale')).toBeVisible();

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the risk register (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`claims-triage-${today()}.csv`);
  const csv = (await readFile((await csvDownload.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(csv[0]).toBe(
    'system,assessed,rules,threat_id,threat,status,owner,likelihood,impact,treatment,rationale,why,controls,mitre_atlas,owasp_llm_2026,url',
  );
  expect(csv.find((r) => r.includes(',DEVDATALEAK,'))).toContain(
    `,applies,Another party,medium,high,Mitigate,Data platform team owns the lake,`,
  );
  expect(csv.filter((r) => r.includes(',applies'))).toHaveLength(
    await page.locator('#assess-threats > li, #assess-supplier > li').count(),
  );

  const [mdDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report (Markdown)' }).click(),
  ]);
  expect(mdDownload.suggestedFilename()).toBe(`claims-triage-${today()}.md`);
  const md = await readFile((await mdDownload.path())!, 'utf8');
  const origin = new URL(page.url()).origin;
  expect(md).toContain('# Threat model: Claims triage');
  expect(md).toContain(`[${name('DEVDATALEAK')}](${origin}/threats/devdataleak/) (DEVDATALEAK)`);
  expect(md).toContain(
    '- Owner: Another party; likelihood: medium; impact: high; treatment: Mitigate',
  );
  expect(md).toContain('- Who trains or fine-tunes the model? **we do**');
  expect(md).toContain(`Open again: <${page.url()}>`);
});

test('an answer file saved from one page opens the same threat model in a fresh one', async ({
  page,
  browser,
}) => {
  await page.goto(
    `${PATH}?genai=yes&trained_by=self&base_model_from_supplier=yes&system=Fine-tune&risk.DATAPOISON=low,,accept`,
  );
  await expect(listed(page, 'assess-threats')).toContainText([name('TRANSFERLEARNINGATTACK')]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save answers as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`fine-tune-${today()}.json`);
  const file = (await download.path())!;
  const expected = await page.locator('#assess-output').innerText();

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(PATH);
  await fresh.getByLabel('Open answers saved as a file').setInputFiles(file);
  await expect(fresh).toHaveURL(
    /\?genai=yes&trained_by=self&base_model_from_supplier=yes&system=Fine-tune&risk\.DATAPOISON=low,,accept$/,
  );
  await expect(fresh.getByRole('status')).toContainText('Opened');
  await expect.poll(() => fresh.locator('#assess-output').innerText()).toBe(expected);
  await fresh.context().close();
});

test('kept systems stay in this browser and compare side by side', async ({ page }) => {
  await page.goto(`${PATH}?genai=yes&trained_by=supplier&system=Chatbot`);
  await page.getByRole('button', { name: 'Keep this system in this browser' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByLabel('Name of the system').fill('Agent');
  await answer(page, 'Is it a generative model?', 'Yes');
  await answer(page, "Can the model's output trigger actions?", 'Yes');
  await page.getByRole('button', { name: 'Keep this system in this browser' }).click();
  const kept = page.locator('#assess-saved > li');
  await expect(kept).toHaveCount(2);
  for (const box of await page.locator('[data-compare-pick]').all()) await box.check();
  await page.getByRole('button', { name: 'Compare the ticked systems' }).click();
  const table = page.locator('table.assess__compare');
  await expect(table.getByRole('row', { name: new RegExp(name('AGENTESCAPE')) })).toContainText(
    'yours',
  );
  await expect(
    table.getByRole('row', { name: new RegExp(name('TRANSFERLEARNINGATTACK')) }),
  ).toContainText('yours');
  // Reopening the page with kept systems lists them without an answer.
  await page.goto(PATH);
  await expect(kept).toHaveCount(2);
  await kept.filter({ hasText: 'Chatbot' }).getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(/system=Chatbot/);
});

test('prints the coding agent on at most two pages, with full link addresses and without the rule table unless asked', async ({
  page,
}) => {
  await page.goto(`${PATH}${CODING_AGENT}`);
  await expect(listed(page, 'assess-threats')).toContainText([name('AGENTESCAPE')]);
  const pages = async () => {
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  };
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.assess-rules-section')).toBeHidden();
  const href = await listed(page, 'assess-threats').first().getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/threats\//);
  const short = await pages();
  expect(short).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Add the rule table to the print and the report').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.assess-rules-section')).toBeVisible();
  expect(await pages()).toBeGreaterThan(short);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows a count of threats so far with a jump to the result, and a rule table without sideways scrolling', async ({
    page,
  }) => {
    await page.goto(`${PATH}?genai=yes`);
    const bar = page.locator('#assess-progress');
    await page.getByRole('group', { name: 'Is the input sensitive?' }).scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText('possible');
    await bar.getByRole('link', { name: 'Jump to the result' }).click();
    await expect(page.locator('#result-heading')).toBeInViewport();
    const table = page.locator('table.assess-rules');
    const overflow = await table.evaluate((t) => t.scrollWidth - t.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const widths = await page
      .locator('#rule-h1 td')
      .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    for (const w of widths) expect(w).toBeGreaterThan(250);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe with a filled result in the ${theme} theme and keeps to the CSP`, async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const problems = await watchPage(page, new URL(baseURL!).origin);
    await page.goto(
      `${PATH}${CODING_AGENT}&risk.INSECUREOUTPUT=high,low,accept&why.INSECUREOUTPUT=Escaped&colour=red`,
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(listed(page, 'assess-threats')).not.toHaveCount(0);
    // A parameter the page cannot use is named, as code, not dropped in silence.
    await expect(page.locator('#assess-ignored li')).toHaveText(
      "Ignored colour: it is not one of this page's questions.",
    );
    await expect(page.locator('#assess-ignored code')).toHaveText('colour');
    await page.locator('details.assess__general summary').click();
    await page.locator('#assess-threats [data-threat="INSECUREOUTPUT"] summary').click();
    const axe = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(WCAG_TAGS)
      .setLegacyMode(true)
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
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

  test('shows every question with its explanation, no button, and the full rule table with links', async ({
    page,
  }) => {
    await page.goto(PATH);
    const questions = page.locator('.assess__question');
    expect(await questions.count()).toBe(conditionQuestions.length);
    for (const q of await questions.all()) {
      await expect(q).toBeVisible();
      await expect(q.locator('.assess__help')).not.toBeEmpty();
    }
    await expect(page.locator('#assess button:visible')).toHaveCount(0);
    const table = page.getByRole('table', {
      name: 'Threat-model rules: conditions, threats and controls',
    });
    await expect(table.getByRole('rowheader')).toHaveCount(threatModelRules.length);
    await expect(
      table.getByRole('link', { name: name('DIRECTPROMPTINJECTION'), exact: true }),
    ).toHaveAttribute('href', '/threats/directpromptinjection/');
    await expect(
      table.getByRole('link', { name: name('SUPPLYCHAINMANAGE'), exact: true }).first(),
    ).toHaveAttribute('href', '/controls/supplychainmanage/');
    await expect(page.locator('#result')).toContainText('The result needs JavaScript');
    await expect(
      page.locator('#result').getByRole('link', { name: 'Reassess when things change' }),
    ).toHaveAttribute('href', '/overview/risk-analysis/#continuous-risk-assessment');
  });
});
