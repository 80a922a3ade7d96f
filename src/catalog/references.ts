/**
 * Outside sources the overview points readers to, by theme. Titles are the sources' own names.
 */
import type { ReferenceGroup } from './types.ts';

/** Reference groups, in reading order. */
export const references = [
  {
    id: 'owasp-ai-guide',
    title: 'Talks and podcasts on the OWASP AI Exchange',
    items: [
      {
        title: 'Recording of launch talk (OWASP Global AppSec Dublin 2023)',
        url: 'https://www.youtube.com/watch?v=ABmWHnFrMqI',
      },
      {
        title: 'Slides of launch talk',
        url: 'https://github.com/OWASP/www-project-ai-security-and-privacy-guide/blob/main/assets/images/20230215-Rob-AIsecurity-Appsec-ForSharing.pdf?raw=true',
      },
      { title: 'Talk schedule entry', url: 'https://sched.co/1F9DT' },
      {
        title: 'AppSec Podcast episode (audio)',
        url: 'https://www.buzzsprout.com/1730684/12313155-rob-van-der-veer-owasp-ai-security-privacy-guide',
      },
      {
        title: 'AppSec Podcast episode (video)',
        url: 'https://www.youtube.com/watch?v=SLdn3AwlCAk&',
      },
      {
        title: 'MLSecOps Podcast September 2023',
        url: 'https://mlsecops.com/podcast/a-holistic-approach-to-understanding-the-ai-lifecycle-and-securing-ml-systems-protecting-ai-through-people-processes-technology',
      },
      {
        title: '13 minute AI security quick-talk',
        url: 'https://www.brighttalk.com/webcast/19697/586526',
      },
    ],
  },
  {
    id: 'model-attack-overviews',
    title: 'Overviews of attacks on AI models',
    items: [
      {
        title: 'ENISA ML threats and countermeasures 2021',
        url: 'https://www.enisa.europa.eu/publications/securing-machine-learning-algorithms',
      },
      { title: 'MITRE ATLAS', url: 'https://atlas.mitre.org/' },
      {
        title: 'ETSI SAI Problem statement Section 6',
        url: 'https://www.etsi.org/committee/1640-sai#',
      },
      {
        title: 'Microsoft AI failure modes',
        url: 'https://learn.microsoft.com/en-us/security/failure-modes-in-machine-learning',
      },
      { title: 'NIST AI 100-2 E2023', url: 'https://csrc.nist.gov/pubs/ai/100/2/e2023/final' },
      { title: 'OWASP ML top 10', url: 'https://mltop10.info/' },
      { title: 'OWASP Top 10 for LLM Applications', url: 'https://genai.owasp.org/llm-top-10/' },
      { title: 'BIML', url: 'https://berryvilleiml.com/taxonomy/' },
      { title: 'AVID AI Vulnerability database', url: 'https://avidml.org/' },
    ],
  },
  {
    id: 'misc',
    title: 'Frameworks, standards and guidance',
    items: [
      {
        title: 'ENISA AI security standard discussion',
        url: 'https://www.enisa.europa.eu/publications/cybersecurity-of-ai-and-standardisation',
      },
      {
        title: 'ENISA multilayer AI security framework',
        url: 'https://www.enisa.europa.eu/publications/multilayer-framework-for-good-cybersecurity-practices-for-ai',
      },
      { title: 'Alan Turing Institute AI standards hub', url: 'https://aistandardshub.org' },
      {
        title: 'Microsoft/MITRE tooling for ML teams',
        url: 'https://www.mitre.org/news-insights/news-release/microsoft-and-mitre-create-tool-help-security-teams-prepare-attacks',
      },
      {
        title: 'Google Secure AI Framework',
        url: 'https://blog.google/technology/safety-security/introducing-googles-secure-ai-framework/',
      },
      {
        title: 'NIST AI Risk Management Framework 1.0',
        url: 'https://doi.org/10.6028/NIST.AI.100-1',
      },
      {
        title: 'NIST threat taxonomy',
        url: 'https://csrc.nist.gov/publications/detail/white-paper/2023/03/08/adversarial-machine-learning-taxonomy-and-terminology/draft',
      },
      {
        title: 'NISTIR 8269 draft',
        url: 'https://nvlpubs.nist.gov/nistpubs/ir/2019/NIST.IR.8269-draft.pdf',
      },
      { title: 'PLOT4ai threat library', url: 'https://plot4.ai/library' },
      {
        title: 'ETSI GR SAI 002 V1.1.1 Data Supply Chain Security',
        url: 'https://www.etsi.org/deliver/etsi_gr/SAI/001_099/002/01.01.01_60/gr_SAI002v010101p.pdf',
      },
      {
        title: 'ISO/IEC 20547-4 Big data security',
        url: 'https://www.iso.org/standard/71278.html',
      },
      {
        title: 'IEEE 2813 Big Data Business Security Risk Assessment',
        url: 'https://standards.ieee.org/ieee/2813/7535/',
      },
      { title: 'OECD AI Incidents Monitor (AIM)', url: 'https://oecd.ai/en/incidents' },
    ],
  },
  {
    id: 'genai',
    title: 'Generative AI',
    items: [
      { title: 'OWASP Top 10 for LLM Applications', url: 'https://genai.owasp.org/llm-top-10/' },
      {
        title: 'Demystifying the LLM top 10',
        url: 'https://blog.kloudzone.co.in/demystifying-the-owasp-top-10-for-large-language-model-applications/',
      },
      { title: 'Impacts and risks of GenAI', url: 'https://arxiv.org/pdf/2306.13033.pdf' },
    ],
  },
] as const satisfies readonly ReferenceGroup[];
