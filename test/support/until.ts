/**
 * Resolves once `condition` holds, checking every 50 ms; rejects after `timeoutMs` with `what` in the message. For
 * conditions a test cannot be told about (a file appearing, an event stored by another process).
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
