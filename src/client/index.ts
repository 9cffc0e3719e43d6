export { createFacadeClient, type FacadeClient, type FacadeClientOptions, FacadeRequestError } from './facade-client.js';
export * from './generated/graphql.js';
