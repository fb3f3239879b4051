/**
 * The client side of google.script.run, as much as the sidebar uses (@types/google-apps-script
 * types the server only). Calls are asynchronous: results arrive in the success handler, a server
 * throw arrives in the failure handler as an Error carrying the thrown message.
 */
declare namespace google.script {
  interface ScriptRun {
    withSuccessHandler<T>(handler: (result: T, userObject?: unknown) => void): ScriptRun;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRun;
    [serverFunction: string]: (...args: unknown[]) => void;
  }
  const run: ScriptRun;
}
