/**
 * The threat-model builder for programs (the MCP server, scripts): the same pure engine the page runs,
 * on the catalog of this build, taking answers in their query-string form (`{ genai: 'yes',
 * trained_by: 'supplier' }`). Unknown keys and bad values are named, never silently dropped.
 */
import { assess } from './assess.ts';
import type { AssessModel, AssessResult, Decisions } from './assess.ts';
import { buildAssessModel } from './assess-model.ts';
import { parseAnswers } from './assess-query.ts';
import { lookup } from './lookup.ts';

let cached: AssessModel | undefined;

/** The builder's model of this build's catalog, made once. */
export function catalogAssessModel(): AssessModel {
  return (cached ??= buildAssessModel(lookup));
}

/**
 * Assesses a system from answers keyed as in the builder's query string. Throws one error that names
 * every unknown key and bad value (and the fix) when the answers do not validate.
 */
export function assessAnswers(
  input: Readonly<Record<string, string>>,
  decisions: Decisions = {},
): AssessResult {
  const model = catalogAssessModel();
  const { answers, errors } = parseAnswers(model, input);
  if (errors.length > 0)
    throw new Error(`The answers have ${errors.length} problem(s):\n${errors.join('\n')}`);
  return assess(model, answers, decisions);
}
