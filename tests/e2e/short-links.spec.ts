import { expect, test } from '@playwright/test';

const shortLinks = [
  { name: 'a control', from: '/goto/ratelimit/', to: /\/controls\/ratelimit\/$/ },
  { name: 'a threat', from: '/go/datapoison/', to: /\/threats\/datapoison\/$/ },
  { name: 'an alias', from: '/goto/anomalousinputhandling/', to: /\/controls\/detectoddinput\/$/ },
  {
    name: 'a section',
    from: '/goto/datalimit/',
    to: /\/general-controls\/#sensitive-data-limitation$/,
  },
  { name: 'an upper-case slug', from: '/goto/RATELIMIT/', to: /\/controls\/ratelimit\/$/ },
  {
    name: 'a threat added after the seed',
    from: '/go/agentescape/',
    to: /\/threats\/agentescape\/$/,
  },
  {
    name: 'a new control in upper case',
    from: '/goto/MODELALIGNMENT/',
    to: /\/controls\/modelalignment\/$/,
  },
  { name: 'a subject', from: '/go/testing/', to: /\/testing\/$/ },
  {
    name: 'a section of a subject',
    from: '/go/testingpromptinjection/',
    to: /\/testing\/generative\/#testing-against-prompt-injection$/,
  },
  { name: 'a retired entry', from: '/goto/spongeexample/', to: /\/threats\/denialmodelservice\/$/ },
];

const legacyLinks = [
  {
    from: '/docs/2_threats_through_use/#ratelimit',
    to: /\/controls\/ratelimit\/$/,
    anchor: 'ratelimit',
  },
  {
    from: '/docs/3_development_time_threats/#311-data-poisoning-by-changing-data-development-time-or-supply-chain',
    to: /\/threats\/datapoison\/$/,
    anchor: '311-data-poisoning-by-changing-data-development-time-or-supply-chain',
  },
  {
    from: '/docs/ai_security_overview/#agentic-ai-overview',
    to: /\/overview\/agentic-ai\/#agentic-ai-overview$/,
    anchor: 'agentic-ai-overview',
  },
  {
    from: '/docs/4_runtime_application_security_threats/#48-agent-escape',
    to: /\/threats\/agentescape\/$/,
    anchor: '48-agent-escape',
  },
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const link of shortLinks) {
      test(`the short link to ${link.name} (${link.from}) lands on its page`, async ({ page }) => {
        await page.goto(link.from);
        await expect(page).toHaveURL(link.to);
      });
    }

    for (const link of legacyLinks) {
      test(`the legacy deep link ${link.from.slice(0, 40)}… reaches the item's page`, async ({
        page,
      }) => {
        await page.goto(link.from);
        if (!javaScriptEnabled) {
          // Without JavaScript the old page shows the line for the anchor; the reader follows it.
          await page.locator(`li[id="${link.anchor}"] a`).click();
        }
        await expect(page).toHaveURL(link.to);
      });
    }
  });
}

test("the original's testing and privacy pages forward to ours", async ({ page }) => {
  await page.goto('/docs/5_testing/');
  await expect(page).toHaveURL(/\/testing\/$/);
  await page.goto('/docs/6_privacy/');
  await expect(page).toHaveURL(/\/privacy\/$/);
  await page.goto('/docs/');
  await expect(page).toHaveURL(/\/overview\/$/);
});

test('the page of a retired entry names its successor and links it', async ({ page }) => {
  await page.goto('/controls/devdataprotect/');
  await expect(page.locator('[data-retired="DEVDATAPROTECT"] a')).toHaveAttribute(
    'href',
    '/controls/devsecurity/',
  );
});

test('a short link keeps a fragment given on it', async ({ page }) => {
  await page.goto('/goto/ratelimit/#references');
  await expect(page).toHaveURL(/\/controls\/ratelimit\/#references$/);
});

test('a known short link in mixed case forwards to its page', async ({ page }) => {
  await page.goto('/go/ModelAlignment/');
  await expect(page).toHaveURL(/\/controls\/modelalignment\/$/);
  await page.goto('/goto/TestingPromptInjection/');
  await expect(page).toHaveURL(/\/testing\/generative\/#testing-against-prompt-injection$/);
});

test('an unknown short link suggests the nearest known ones', async ({ page }) => {
  await page.goto('/goto/ratelimt/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: '/goto/ratelimit/' })).toBeVisible();
});
