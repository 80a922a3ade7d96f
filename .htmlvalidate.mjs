/**
 * html-validate's configuration for the built site (scripts/validate-html.ts runs it over every page
 * in dist/). Every rule of the recommended and document presets is on; the few changed below say why.
 * Most concern markup that Starlight and Astro's compiler write, which this project does not control.
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: [
    'html5',
    {
      // Expressive Code, Starlight's renderer of fenced code blocks, wraps each line of a block in a <div>
      // inside <code>, and puts an icon <div> inside its copy button.
      code: { permittedContent: ['@phrasing', 'div'] },
      // The copy button is named by its `title` ("Copy to clipboard"), which html-validate does not count
      // as text; axe-core, which the end-to-end gate runs on every page, checks button names with it.
      button: { permittedContent: ['@phrasing', 'div'], textContent: 'default' },
    },
  ],
  rules: {
    // Both `<meta>` and `<meta />` are valid HTML; Astro's compiler writes the self-closing form.
    'void-style': 'off',
    // Subresource integrity guards files fetched from another host. Every file here comes from the site
    // itself (the end-to-end gate blocks and counts any other request), so ask for it only there.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Starlight's header buttons (search, menu) omit `type`. None of them sits inside a form, where the
    // default `submit` would matter.
    'no-implicit-button-type': 'off',
    // Starlight's search dialog sets `padding` and hides an element with `display` inline; any other
    // inline style is still an error.
    'no-inline-style': ['error', { allowedProperties: ['display', 'padding'] }],
    // Starlight's `#_top` anchor starts with an underscore, which HTML allows; keep only HTML's own
    // rules for ids (not empty, no whitespace) rather than the stricter CSS-selector-friendly ones.
    'valid-id': ['error', { relaxed: true }],
    // Starlight renders the table of contents twice, for narrow and wide screens, and hides one with
    // CSS at any width, so only one "On this page" landmark is exposed. html-validate cannot see CSS;
    // axe-core checks the landmarks of the rendered page in both themes.
    'unique-landmark': 'off',
    // Starlight puts the table of contents (its heading is an h2) before the page's h1 in the source
    // order. Levels must still not skip.
    'heading-level': ['error', { minInitialRank: 'h2' }],
    // Search-result snippet advice, not validity: page titles are the catalog's names plus the site
    // name, and the forwarding pages that exceed 70 characters are `noindex`.
    'long-title': 'off',
  },
};
