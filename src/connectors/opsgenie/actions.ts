/**
 * The alert actions Opsgenie's outgoing Webhook integration forwards, as its `action` field
 * names them. Custom actions (named by their owners) and actions added later pass a
 * connector without a filter and get a card naming the action.
 * https://support.atlassian.com/opsgenie/docs/integrate-opsgenie-with-outgoing-webhooks/
 */
export const OPSGENIE_ACTIONS = [
  'Create',
  'Acknowledge',
  'UnAcknowledge',
  'Close',
  'Delete',
  'AddNote',
  'AddTags',
  'RemoveTags',
  'AssignOwnership',
  'TakeOwnership',
  'Escalate',
  'AddRecipient',
  'AddTeam',
] as const;
