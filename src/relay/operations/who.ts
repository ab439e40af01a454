/** Who may call an operation, in the words the document uses. */
export const ADMIN = 'an org admin';
export const MANAGER = 'an org admin or an owner of the team';
export const VIEWER = 'an org admin or a member of the team';
export const CONNECTOR_MANAGER =
  'an org admin, a team owner, or a team member when the team lets members manage connectors';
