/**
 * English messages of the error codes: the server's ERROR_CODES and the client's own (checked by
 * type in ../index.ts: every code needs its `error.<code>` message).
 */
export const enErrors = {
  // errors, by code (server codes + client-side ones)
  'error.invalid_payload': 'Something in the form is not valid. Check it and try again.',
  'error.unauthorized': 'This link does not work: it may have been replaced by a new one. Ask the organizer for the current link.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.session_not_found': 'This session does not exist. Check the code or link.',
  'error.panelist_not_found': 'This name is no longer on the panel.',
  'error.panelist_taken': 'This phone is already signed in as another panelist. Ask the moderator to release that seat first.',
  'error.not_claimed': 'Pick your name first.',
  'error.invite_invalid': 'This invite link has been replaced. Ask the moderator for the new one, or ask to be let in.',
  'error.audience_closed': 'Only the panel pledges in this round.',
  'error.pledge_changed': 'This pledge changed meanwhile. Check the new text and try again.',
  'error.round_not_open': 'The round is not open.',
  'error.already_pledged': 'You have already submitted a pledge in this round.',
  'error.pledge_not_found': 'This pledge could not be found.',
  'error.not_your_pledge': 'This pledge belongs to someone else.',
  'error.unknown_theme': 'Pick themes from this event’s list.',
  'error.visibility_locked': 'Whether a pledge is public is chosen when it is submitted.',
  'error.event_not_found': 'This event does not exist.',
  'error.pledge_id_taken': 'This pledge id is already in use. Start a new pledge.',
  'error.rate_limited': 'Too many attempts. Wait a moment and try again.',
  'error.conflict': 'Someone changed this at the same time. Try again.',
  'error.store_unavailable': 'The server cannot reach its storage right now. Nothing was lost; it will try again shortly.',
  'error.unknown_command': 'This page is out of date. Reload it and try again.',
  'error.internal': 'Something went wrong on the server. Try again.',
  'error.timeout': 'The server did not answer in time.',
  'error.network': 'No connection to the server. Check your network and try again.',
  'error.unknown': 'Something went wrong. Try again.',
} as const;
