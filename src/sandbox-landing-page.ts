import type { ApolloServerPlugin, GraphQLServerListener } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { SANDBOX_EXAMPLE } from './sandbox-example.js';

const OFFLINE = 'it appears that you might be offline.';

/**
 * Apollo Sandbox at /graphql, opening on the teaching example, with Apollo's telemetry off unless
 * asked for. Sandbox itself comes from Apollo's CDN: where that cannot load, its page points to
 * /graphiql, which the facade serves whole.
 */
export function sandboxLandingPage(options: { telemetry: boolean }): ApolloServerPlugin {
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: options.telemetry }, includeCookies: false, ...SANDBOX_EXAMPLE });
  return {
    async serverWillStart(service) {
      const listener = (await sandbox.serverWillStart!(service)) as GraphQLServerListener;
      return {
        async renderLandingPage() {
          const { html } = await listener.renderLandingPage!();
          const hint = `${OFFLINE} <a href="graphiql">GraphiQL</a> needs only this facade.`;
          return { html: typeof html === 'string' ? html.replace(OFFLINE, hint) : async () => (await html()).replace(OFFLINE, hint) };
        },
      };
    },
  };
}
