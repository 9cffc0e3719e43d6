export {
  createFacadeClient,
  documentText,
  type FacadeClient,
  type FacadeClientOptions,
  type DocumentSource,
  type FacadeDocument,
  type FacadeError,
  type FacadeResponse,
  type FacadeUpload,
  FacadeRequestError,
} from './facade-client.js';
export * from './generated/graphql.js';
