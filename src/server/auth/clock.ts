// Where the server reads the time: injected, so tests of expiry and rate limits are exact.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
