import { bothLanguages, message, type Bilingual } from '@ledelsesrum/messages';

/**
 * A JSON body's strings must be well-formed Unicode. JSON can carry a lone surrogate (`"\ud800"`), which is no
 * character: it cannot be written as UTF-8, so PostgreSQL refuses it, and an event's hash would read it as the
 * replacement character. Refused when the body is parsed, as a 400 that names the field.
 */
export function refuseLoneSurrogates(key: string, value: unknown): unknown {
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) throw new LoneSurrogateError(key);
  if (LONE_SURROGATE.test(key)) throw new LoneSurrogateError(key.replace(LONE_SURROGATE_ALL, '\ufffd'));
  return value;
}

/** With the u flag a surrogate pair is one code point, so only a surrogate standing alone matches. */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATE_ALL = /\p{Cs}/gu;

/**
 * The words of each refusal, kept beside the error rather than on it: the JSON parser strips a thrown error of its
 * own properties (all but its message) before it passes it on.
 */
const WORDS = new WeakMap<Error, Bilingual>();

class LoneSurrogateError extends Error {
  constructor(field: string) {
    const words = message('api.request.body.lone-surrogate', { field });
    super(bothLanguages(words));
    WORDS.set(this, words);
  }
}

/** The words of a lone surrogate's refusal, when `error` is one. */
export function loneSurrogateWords(error: unknown): Bilingual | undefined {
  return error instanceof Error ? WORDS.get(error) : undefined;
}
