/**
 * The questions of the threat-model builder: one per condition key the current decision tree uses,
 * grouped as a reader thinks about a system. Explanations are our own words.
 */
import type { ConditionQuestion, QuestionGroupId } from './rule-types.ts';

/** The question groups, in the order the page shows them, with their legends. */
export const questionGroups = [
  { id: 'model', legend: 'What the model is' },
  { id: 'parties', legend: 'Who trains and runs it' },
  { id: 'data', legend: 'What data it sees' },
  { id: 'actions', legend: 'What it can do' },
] as const satisfies readonly { readonly id: QuestionGroupId; readonly legend: string }[];

/** Labels of the two parties in `trained_by` and `run_by` answers. */
export const partyLabels = { self: 'We do', supplier: 'A supplier' } as const;

/** Every question, in page order; a question's `askIf` only names keys asked before it. */
export const conditionQuestions = [
  {
    key: 'genai',
    group: 'model',
    question: 'Is it a generative model?',
    explanation:
      'A generative model produces new content such as text, images, code or audio instead of a label or a score. A chatbot built on a large language model is generative; a credit-scoring model is not.',
  },
  {
    key: 'classification_task',
    group: 'model',
    question: 'Does the model classify, choosing between fixed outcomes?',
    explanation:
      'Classification sorts input into categories: spam or not, fraud or not, which object a photo shows. A generative model that labels support tickets or flags content classifies too, and crafted input can push it to the wrong label.',
  },
  {
    key: 'text_output',
    group: 'model',
    question: 'Does the model produce text?',
    explanation:
      'Text includes prose, code, SQL, HTML and JSON. Whatever reads that text next can be attacked through it, so a model that writes product descriptions counts as much as a chatbot.',
  },
  {
    key: 'trained_by',
    group: 'parties',
    question: 'Who trains or fine-tunes the model?',
    explanation:
      'Answer "we do" if your team trains a model or fine-tunes a base model on its own data; the next question asks where the base model came from. Answer "a supplier" if you use a model as delivered, such as a hosted language model or weights from a model hub.',
  },
  {
    key: 'base_model_from_supplier',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Did a supplier train the base model you start from?',
    explanation:
      "Fine-tuning an open-weights model from a hub, or a vendor's model through its fine-tuning service, builds on training you did not see. A backdoor planted in the base model can survive your fine-tune. Answer no only if you train from scratch.",
  },
  {
    key: 'data_from_supplier',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Does any of your training data come from a supplier?',
    explanation:
      'Bought or downloaded datasets, data labelled by a contractor and scraped collections reach you through a supply chain someone else controls. A public image collection from a research site is an example.',
  },
  {
    key: 'sensitive_train_data',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Is the training data sensitive?',
    explanation:
      'Sensitive means its disclosure would harm you or others: personal data, trade secrets, internal documents. Support transcripts with names and account numbers qualify; public weather records do not.',
  },
  {
    key: 'membership_is_harmful',
    group: 'parties',
    askIf: { trained_by: 'self', sensitive_train_data: true },
    question: 'Would it hurt people if someone learned their record was in the training data?',
    explanation:
      'Membership inference tells an attacker whether a given record was used in training. That only matters when being in the set says something, as with a model trained solely on patients with one diagnosis.',
  },
  {
    key: 'output_can_reveal_train_data',
    group: 'parties',
    askIf: { trained_by: 'self', sensitive_train_data: true },
    question: "Could the model's output contain pieces of the training data?",
    explanation:
      'A model that writes text, code or images can reproduce what it was trained on, names and account numbers included. A model that returns only a score or a label cannot repeat a record, so answer no for a credit-scoring model.',
  },
  {
    key: 'model_is_ip',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Is the trained model valuable intellectual property?',
    explanation:
      'A model that took months of data collection and tuning, or that encodes a pricing or trading strategy, is worth stealing. Its parameters and the code around it then need protecting like any trade secret.',
  },
  {
    key: 'susceptible_to_evasion',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Could crafted input fool the model?',
    explanation:
      'If so, a stolen copy lets attackers test inputs offline, out of your sight, until one slips through, and then use it against you. A classifier that attackers can feed counts already; answer this for other models, such as a ranking model that spammers want to game.',
  },
  {
    key: 'model_public',
    group: 'parties',
    askIf: { trained_by: 'self' },
    question: 'Do you publish the model for anyone to download?',
    explanation:
      'A model whose weights you release openly cannot be stolen, so the theft threats fall away. Offering a model only through an API does not make it public in this sense.',
  },
  {
    key: 'run_by',
    group: 'parties',
    question: 'Who runs the model in production?',
    explanation:
      "Running means hosting the model and answering its requests. If your application calls a provider's model endpoint, a supplier runs it; if the model sits on your own servers or cloud account, you do.",
  },
  {
    key: 'hosted_components',
    group: 'parties',
    question: 'Are parts of the system hosted by others?',
    explanation:
      'Consider the model, its plugins and tools, the application and the infrastructure beneath them. A managed vector database or a rented GPU cluster counts. A model you run in your own cloud account is still run by you (previous question); the cloud provider is the host here, and shares the runtime threats of what it hosts.',
  },
  {
    key: 'third_party_opaque',
    group: 'parties',
    question: 'Is a supplier unclear about how it handles a risk?',
    explanation:
      'You asked how a supplier protects against, say, poisoning or data leaks and got no usable answer. You are then left to accept the risk, mitigate it yourself, or choose another supplier.',
  },
  {
    key: 'threat_owned_by_other_org',
    group: 'parties',
    question: 'Has another organisation taken responsibility for some threats by contract?',
    explanation:
      "A contract can make a supplier or partner own a threat, as when a vehicle maker's component vendor guarantees its model's robustness. Mark those threats as owned by another party in the result; their ownership still calls for evidence that the controls are in place.",
  },
  {
    key: 'attacker_can_input',
    group: 'data',
    question: "Can an attacker send or influence the model's input?",
    explanation:
      'Assume yes for anything on the internet or used by many people: customers, the public, or an account an attacker has taken over. A camera that sees the street counts too, since anyone can put a sticker on a road sign. A model that only reads sensors inside a closed plant network may be a no.',
  },
  {
    key: 'inserts_untrusted_data',
    group: 'data',
    askIf: { genai: true },
    question: 'Does the system put untrusted data into the prompt?',
    explanation:
      'Web pages, emails, uploaded files, tool results and documents that outsiders can edit all count. An assistant that summarises incoming email reads text chosen by whoever sent it.',
  },
  {
    key: 'augments_input',
    group: 'data',
    question: "Does the system add data to the model's input?",
    explanation:
      'Retrieval augmented generation, conversation memory and system prompts all add to what the user typed. A support bot that looks up help-centre articles before it answers augments its input.',
  },
  {
    key: 'augmentation_data_stored',
    group: 'data',
    askIf: { augments_input: true },
    question: 'Is that added data kept in a store?',
    explanation:
      'A vector database, search index or memory store keeps the data between requests, and whoever breaks in can read or change it. A sensitive system prompt kept in a configuration store counts too.',
  },
  {
    key: 'rag_data_sensitive',
    group: 'data',
    askIf: { augments_input: true },
    question: 'Is the added data sensitive?',
    explanation:
      'Treat retrieved documents like training data: if they hold personal data, contracts or internal plans, the model can repeat them to users who should not see them. An HR assistant over personnel files is an example.',
  },
  {
    key: 'augmentation_editable_by_others',
    group: 'data',
    askIf: { augments_input: true },
    question: 'Can people other than your trusted engineers change the added data?',
    explanation:
      'Applicants uploading CVs, customers opening tickets, outside contributors filing issues, or any employee editing the wiki all put text into what the model retrieves. One planted document can change the answers for everyone.',
  },
  {
    key: 'augmentation_third_party',
    group: 'data',
    askIf: { augments_input: true },
    question: 'Does a third party provide the store, the embedding model or the connectors?',
    explanation:
      'A managed vector database, an embedding API or a connector product that syncs your documents holds or transforms the added data. Each is a supplier whose security you rely on.',
  },
  {
    key: 'retrieval_ignores_access_rights',
    group: 'data',
    askIf: { augments_input: true },
    question: 'Can retrieval return documents the user could not open at their source?',
    explanation:
      "A search index built with one service account sees every file it was given. If it does not filter by the asking user's rights, a junior employee can get the board minutes quoted back.",
  },
  {
    key: 'sensitive_input_data',
    group: 'data',
    question: 'Is the input sensitive?',
    explanation:
      'Users may type or upload personal data, source code or confidential documents, which travel to the model and often into logs. A doctor pasting patient notes into an assistant is an example.',
  },
  {
    key: 'output_can_harm',
    group: 'actions',
    askIf: { genai: true },
    question: "Could the model's output cause harm?",
    explanation:
      'Harm covers offensive or dangerous content, advice that people act on, and anything the system does with the output. A tutoring bot for children that can be talked into unsafe instructions is an example.',
  },
  {
    key: 'output_interpreted_downstream',
    group: 'actions',
    askIf: { text_output: true },
    question: 'Is the output interpreted by other software?',
    explanation:
      'Output that lands in a web page, a database query or a shell command is executed or rendered, not just read. A model that writes HTML for a shop page is an example, and so is a chat widget that renders Markdown, image links included.',
  },
  {
    key: 'can_trigger_actions',
    group: 'actions',
    question: "Can the model's output trigger actions?",
    explanation:
      'An agent that calls tools, sends messages, changes records or runs code turns a manipulated answer into a manipulated deed. A model whose text a person reads before deciding anything does not.',
  },
  {
    key: 'action_can_send_data',
    group: 'actions',
    askIf: { can_trigger_actions: true },
    question: 'Can an action send data where an adversary could see it?',
    explanation:
      'Sending email, calling a web address, posting a comment or rendering an image link can all carry data out. Fetching a URL with data in its query string is enough.',
  },
  {
    key: 'sensitive_data_reachable',
    group: 'actions',
    question: 'Can the model or its tools reach sensitive data?',
    explanation:
      "Look at what the model's tools and credentials can read, and what its prompt holds: mailboxes, file shares, customer records. Together with manipulated behaviour and a way to send data out (an action, or output that a browser renders), this is how AI systems leak data.",
  },
  {
    key: 'multi_agent',
    group: 'actions',
    askIf: { genai: true, can_trigger_actions: true },
    question: 'Do several agents pass messages to each other?',
    explanation:
      'A planner agent that hands tasks to a coding agent and a review agent, or agents of different vendors talking over a protocol, exchange messages that an attacker can forge or alter.',
  },
] as const satisfies readonly ConditionQuestion[];
