// What auditors use: the hash chain's verification, replay with a timeline, export, and progress for long runs.
export {};
