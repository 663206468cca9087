// Where main reads the time. Every service that decides something the user sees by the time
// (today's posts, a backup's time, a copy's file name) reads it from one clock handed down from
// createServices, so a test can set it. Only the browser harness ever sets another.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
