/** The organisation, users and teams as the API shows them. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';
import { dateTime, idOut } from './common.js';

export const CLOUDS = ['commercial', 'gcc', 'gcch', 'dod'] as const;
export const ROLES = ['owner', 'member'] as const;

export const orgSchema = responseSchema(
  'Org',
  z.object({
    connectorsEnabled: z.boolean().meta({ description: 'Tenant switch: off stops every team.' }),
    connectorsEnabledForTeams: z.boolean(),
    actionableMessagesEnabled: z.boolean(),
    cloud: z.enum(CLOUDS),
    alertChannelId: z
      .string()
      .optional()
      .meta({ description: 'The channel that receives operator alerts.' }),
  }),
);

export const createdUserSchema = responseSchema(
  'CreatedUser',
  z.object({
    id: idOut,
    name: z.string(),
    admin: z.boolean(),
    createdAt: dateTime,
    token: z.string().meta({ description: 'The bearer token; shown only in this answer.' }),
  }),
);

export const meSchema = responseSchema(
  'Me',
  z.object({
    id: idOut,
    name: z.string(),
    admin: z.boolean(),
    teams: z.array(z.object({ id: idOut, name: z.string(), role: z.enum(ROLES) })),
  }),
);

export const teamMemberSchema = responseSchema(
  'TeamMember',
  z.object({ userId: idOut, role: z.enum(ROLES) }),
);

export const teamSchema = responseSchema(
  'Team',
  z.object({
    id: idOut,
    name: z.string(),
    connectorsEnabled: z.boolean(),
    membersCanManageConnectors: z.boolean(),
    createdAt: dateTime,
    members: z
      .array(teamMemberSchema)
      .optional()
      .meta({ description: 'Present on creation and on GET; absent from the PATCH answer.' }),
  }),
);

export const membershipSchema = responseSchema(
  'Membership',
  z.object({ teamId: idOut, userId: idOut, role: z.enum(ROLES) }),
);

export const teamListSchema = responseSchema(
  'TeamList',
  z.object({
    teams: z.array(
      teamSchema.omit({ members: true }).extend({
        role: z
          .enum(ROLES)
          .optional()
          .meta({ description: "The caller's role; absent for an org admin who is not in it." }),
      }),
    ),
  }),
  'By name. An org admin sees every team; a user the teams it belongs to.',
);

export const userSchema = responseSchema(
  'User',
  z.object({ id: idOut, name: z.string(), admin: z.boolean(), createdAt: dateTime }),
);

export const userListSchema = responseSchema(
  'UserList',
  z.object({ users: z.array(userSchema) }),
  'By name.',
);
