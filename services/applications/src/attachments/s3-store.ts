/** The S3 store is shared (@omsorg/platform, storage/s3-file-store.ts); attachments keep their names for it. */
export { createS3FileStore as createS3AttachmentStore, s3SettingsFromEnv, type S3Settings } from '@omsorg/platform';
