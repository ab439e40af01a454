/**
 * The one error vocabulary: every refusal the relay makes has a stable code and a status.
 * Adding a code means adding it here; the map keeps code → status exhaustive.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  SIGNATURE_MISSING: 401,
  SIGNATURE_INVALID: 401,
  FORBIDDEN: 403,
  CONNECTORS_DISABLED: 403,
  CUSTOM_CONNECTORS_UNAVAILABLE: 403,
  DESTINATION_NOT_ALLOWED: 400,
  NOT_FOUND: 404,
  CONNECTOR_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TYPE_RETIRED: 409,
  TYPE_NOT_YET_AVAILABLE: 409,
  INGEST_URL_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_READY: 503,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class RelayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  /** Headers the answer must carry (`Allow` on a 405). */
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'RelayError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
    this.headers = headers;
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

export function errorBody(err: RelayError): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    },
  };
}
