/** Where the per-person keys live: apart from the events, so that a key can be destroyed. */
export interface PersonKeyStore {
  get(personId: string): Promise<Buffer | undefined>;
  /** Throws `PersonalDataErasedError` for a person whose key was destroyed: erasure is for good. */
  getOrCreate(personId: string): Promise<Buffer>;
  /** Destroys the key and remembers that it did, so no new key is ever made for the person. */
  destroy(personId: string): Promise<void>;
  isErased(personId: string): Promise<boolean>;
  /** Throws when the store cannot be reached (for the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A whole key store's contents, as `copy-keys` moves them: the keys, and the people erased (whose keys are gone). */
export interface PersonKeyStoreContents {
  readonly keys: readonly { readonly personId: string; readonly key: Buffer }[];
  readonly erasures: readonly { readonly personId: string; readonly erasedAt: string }[];
}

export class PersonalDataErasedError extends Error {
  override readonly name = 'PersonalDataErasedError';
  constructor(readonly personId: string) {
    // The code, as a domain error's message is its id; the catalogue words it with the person's id.
    super('PERSONAL_DATA_ERASED');
  }
}
