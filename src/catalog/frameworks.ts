/**
 * The outside frameworks that entries reference, with who publishes them and where to find them.
 * Entry references name a framework by id; crosswalks and exports read the details from here.
 */
import type { Framework } from './types.ts';

/** Every framework an entry may reference. */
export const frameworks = [
  {
    id: 'ENISA',
    publisher: 'European Union Agency for Cybersecurity',
    url: 'https://www.enisa.europa.eu/publications/securing-machine-learning-algorithms',
  },
  {
    id: 'ETSI',
    publisher: 'European Telecommunications Standards Institute',
    url: 'https://www.etsi.org/',
  },
  { id: 'ISO/IEC', publisher: 'ISO/IEC JTC 1' },
  {
    id: 'ISO/IEC 15408',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/72891.html',
  },
  {
    id: 'ISO/IEC 18045',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/72889.html',
  },
  {
    id: 'ISO/IEC 23894',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/77304.html',
  },
  {
    id: 'ISO/IEC 27000',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/73906.html',
  },
  { id: 'ISO/IEC 27001', publisher: 'ISO/IEC JTC 1', url: 'https://www.iso.org/standard/27001' },
  {
    id: 'ISO/IEC 27002',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/75652.html',
  },
  {
    id: 'ISO/IEC 27003',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/63417.html',
  },
  {
    id: 'ISO/IEC 27004',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/64120.html',
  },
  {
    id: 'ISO/IEC 27005',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/80585.html',
  },
  { id: 'ISO/IEC 27115', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 27563', publisher: 'ISO/IEC JTC 1' },
  {
    id: 'ISO/IEC 42001',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/81230.html',
  },
  { id: 'ISO/IEC 5259', publisher: 'ISO/IEC JTC 1' },
  {
    id: 'ISO/IEC 5338',
    publisher: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/standard/81118.html',
  },
  { id: 'ISO/IEC AWI 5181', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC TR 24029', publisher: 'ISO/IEC JTC 1' },
  { id: 'MITRE ATLAS', publisher: 'MITRE', url: 'https://atlas.mitre.org/', version: '5.6.0' },
  {
    id: 'NIST AI RMF',
    publisher: 'NIST',
    url: 'https://www.nist.gov/itl/ai-risk-management-framework',
  },
  { id: 'NIST CSF', publisher: 'NIST', url: 'https://www.nist.gov/cyberframework' },
  {
    id: 'NIST SP 800-53',
    publisher: 'NIST',
    url: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
  },
  {
    id: 'OWASP ASVS',
    publisher: 'OWASP',
    url: 'https://owasp.org/www-project-application-security-verification-standard/',
  },
  { id: 'OpenCRE', publisher: 'OWASP / OpenCRE', url: 'https://www.opencre.org/' },
  // Reached through the OpenCRE blocks the original added to its sections after the seed.
  { id: 'OWASP ML Top 10', publisher: 'OWASP', url: 'https://mltop10.info/', version: '2023' },
  {
    id: 'BIML',
    publisher: 'Berryville Institute of Machine Learning',
    url: 'https://berryvilleiml.com/results/interactive',
  },
  {
    id: 'NIST AI 100-2',
    publisher: 'NIST',
    url: 'https://csrc.nist.gov/pubs/ai/100/2/e2023/final',
    version: 'E2023',
  },
  { id: 'ISO/IEC 24027', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 24029-2', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 24030', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC TR 24030', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 24368', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 25012', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 25059', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 27090', publisher: 'ISO/IEC JTC 1' },
  { id: 'ISO/IEC 27091', publisher: 'ISO/IEC JTC 1' },
  { id: 'CEN/CENELEC prEN 18282', publisher: 'CEN and CENELEC (JTC 21)' },
  {
    id: 'US Federal Reserve',
    publisher: 'Board of Governors of the US Federal Reserve System',
    url: 'https://www.federalreserve.gov/supervisionreg/srletters/sr1107.htm',
  },
  {
    id: 'OWASP LLM Top 10',
    publisher: 'OWASP',
    url: 'https://owasp.org/www-project-top-10-for-large-language-model-applications/',
    version: '2023',
    otherEditions: ['OWASP LLM Top 10 2026', 'OWASP LLM Top 10 2025'],
    superseded: true,
  },
  // The current edition; its item ids carry the year (`LLM01:2026`). Entries map to it in src/catalog/crosswalks/llm-top10-2026.ts.
  {
    id: 'OWASP LLM Top 10 2026',
    publisher: 'OWASP GenAI Security Project',
    url: 'https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/',
    version: '2026',
    otherEditions: ['OWASP LLM Top 10 2025', 'OWASP LLM Top 10'],
  },
  // The crosswalks of the frameworks below live in src/catalog/crosswalks/, one file each, item by item.
  {
    id: 'OWASP LLM Top 10 2025',
    publisher: 'OWASP GenAI Security Project',
    url: 'https://genai.owasp.org/llm-top-10/',
    version: '2025',
    otherEditions: ['OWASP LLM Top 10 2026', 'OWASP LLM Top 10'],
    superseded: true,
  },
  {
    id: 'OWASP Agentic Top 10 2026',
    publisher: 'OWASP GenAI Security Project',
    url: 'https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/',
    version: '2026',
  },
  {
    id: 'OWASP AISVS 1.0',
    publisher: 'OWASP AISVS project',
    url: 'https://github.com/OWASP/AISVS/blob/main/1.0/en/',
    version: '1.0',
  },
  {
    id: 'NCSC/CISA guidelines',
    publisher: 'UK NCSC, US CISA and partner agencies',
    url: 'https://www.ncsc.gov.uk/collection/guidelines-secure-ai-system-development',
    version: '2023',
  },
] as const satisfies readonly Framework[];
