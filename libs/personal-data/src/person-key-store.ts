/** Where the per-person keys live: apart from the events, so that a key can be destroyed. */
export interface PersonKeyStore {
  get(personId: string): Promise<Buffer | undefined>;
  getOrCreate(personId: string): Promise<Buffer>;
  destroy(personId: string): Promise<void>;
  close(): Promise<void>;
}
