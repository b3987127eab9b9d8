/** The Hono environment of every route: who made the request (set by the bearer-auth middleware). */
export interface AppEnv {
  Variables: { who: string };
}
