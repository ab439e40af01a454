/**
 * Every HTTP operation the relay serves, in one table: Express mounts it (http/mount.ts) and
 * the OpenAPI document is generated from it (http/openapi.ts). Adding an operation is adding
 * an entry to one of these lists.
 */
import type { TableEntry } from '../http/mount.js';
import { adminPageOperations } from './admin-pages.js';
import { auditOperations } from './audit.js';
import { customTypeOperations } from './catalog-custom.js';
import { catalogPreviewOperations } from './catalog-preview.js';
import { catalogOperations } from './catalog.js';
import { channelOperations } from './channels.js';
import { connectorActionOperations } from './connector-actions.js';
import { connectorOperations } from './connectors.js';
import { deliveryOperations } from './deliveries.js';
import { healthOperations } from './health.js';
import { ingestOperations } from './ingest.js';
import { openApiOperation } from './openapi.js';
import { orgOperations } from './org.js';
import { teamOperations } from './teams.js';
import { userOperations } from './users.js';

/** What every process serves (a worker too): health, readiness, metrics. */
export const HEALTH_TABLE: readonly TableEntry[] = healthOperations;

/** What an api process serves. */
export const API_TABLE: readonly TableEntry[] = [
  ...healthOperations,
  openApiOperation(() => API_TABLE),
  ...ingestOperations,
  ...orgOperations,
  ...auditOperations,
  ...userOperations,
  ...teamOperations,
  ...channelOperations,
  ...catalogOperations,
  ...customTypeOperations,
  ...catalogPreviewOperations,
  ...connectorOperations,
  ...connectorActionOperations,
  ...deliveryOperations,
  ...adminPageOperations,
];
