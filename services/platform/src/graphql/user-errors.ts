/** Someone else changed the record since the user loaded it; nothing was saved. */
export class ConflictFailure extends Error {
  readonly currentVersion: number;
  constructor(message: string, currentVersion: number) {
    super(message);
    this.name = 'ConflictFailure';
    this.currentVersion = currentVersion;
  }
}

/** The thing does not exist, or the user may not see it: the two look the same on purpose. */
export class NotFoundFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundFailure';
  }
}

/** Too many requests of one kind from one person or address; nothing was done. */
export class RateLimitFailure extends Error {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = 'RateLimitFailure';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
