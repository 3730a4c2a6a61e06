/** The part of negotiator 1.x the fast lane uses (the package ships no types). */
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    /** The most preferred of `available` the Accept header allows, or undefined for none. */
    mediaType(available: readonly string[]): string | undefined;
  }
  export = Negotiator;
}
