export { parseJsonBody as parseTrello } from '../kit/body.js';
