/**
 * The page of a discussion subject, by subject id. Reads src/catalog/subjects.ts once that file
 * lands (issue 12); until then it knows the subjects whose pages the A-Z index links.
 */
const SUBJECT_PATHS: Readonly<Record<string, string>> = {
  'ai-security-testing': '/testing/',
  'ai-privacy': '/privacy/',
  copyright: '/overview/copyright/',
  'agentic-ai': '/overview/agentic-ai/',
  'ai-engineering-primer': '/overview/ai-engineering-primer/',
};

/** The path of a subject's page, or undefined for an id that is not a subject. */
export function subjectPathById(id: string): string | undefined {
  return SUBJECT_PATHS[id];
}
