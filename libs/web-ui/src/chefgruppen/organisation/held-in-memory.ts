import { randomBytes } from 'node:crypto';

/**
 * Things held in this process's memory under a random reference for a short while, each for its owner only, so a page
 * and its form carry the reference and never the content. Bounded in time and number: when full, the oldest goes
 * first. Nothing is written to disk; another replica does not have it (see docs/decisions/import-preview-held-in-memory.md).
 */
export class HeldInMemory<T> {
  private readonly held = new Map<string, { readonly value: T; readonly owner: string; readonly expiresAt: number }>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly capacity: number,
    private readonly ownerOf: (value: T) => string,
  ) {}

  /** Holds the value and answers its reference (128 random bits, URL-safe). */
  hold(value: T): string {
    this.forgetExpired();
    while (this.held.size >= this.capacity) this.held.delete(this.held.keys().next().value as string);
    const reference = randomBytes(16).toString('base64url');
    this.held.set(reference, { value, owner: this.ownerOf(value), expiresAt: Date.now() + this.lifetimeMs });
    return reference;
  }

  /** The value held under `reference` for this owner, or undefined when there is none (any more). */
  find(reference: string, owner: string): T | undefined {
    this.forgetExpired();
    const found = this.held.get(reference);
    return found && found.owner === owner ? found.value : undefined;
  }

  forget(reference: string): void {
    this.held.delete(reference);
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [reference, entry] of this.held) if (entry.expiresAt <= now) this.held.delete(reference);
  }
}
