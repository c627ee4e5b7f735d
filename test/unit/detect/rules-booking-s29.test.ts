/**
 * A booking tool writes to both sides of an interview: to its host ("Hi Priya, a new event has been
 * scheduled. Invitee: Marcus Oyelaran") and to the one who booked ("Hi Ethan, … Invitee: Ethan Cole").
 * The host is an interviewer, and the issue asks that internal hiring mail where the reader is an
 * interviewer stay "other": an invitee who is not the reader, by the name the To line shows, is
 * someone the reader will interview.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

const notice = (to: string, invitee: string) => ({
  from: 'Calendly <notifications@calendly.example>',
  to,
  subject: `New Event: ${invitee} - Data Engineer Interview (45 min)`,
  date: '2026-03-02T09:00:00+00:00',
  body: `Hi ${to.split(' <')[0]},\n\nA new event has been scheduled.\n\nEvent Type:\nData Engineer Interview (45 min)\n\nInvitee:\n${invitee}\n\nEvent Date/Time:\n10:00am - 10:45am (GMT), Thursday, March 12, 2026\n\nLocation:\nGoogle Meet - link added to the calendar invite\n\nView event in Calendly`,
});

describe("a booking tool's notice", () => {
  it('to its host, naming another invitee, is no interview for the reader', () => {
    expect(classifyEmail(notice('Priya Raman <priya.raman@northwind.example>', 'Marcus Oyelaran')).kind).toBe('other');
  });

  it('to the invitee is an interview', () => {
    expect(classifyEmail(notice('Marcus Oyelaran <marcus.o@mail.example>', 'Marcus Oyelaran')).kind).toBe('interview');
  });

  it('to an address alone is read by its words, as before', () => {
    expect(classifyEmail(notice('mo@mail.example', 'Marcus Oyelaran')).kind).toBe('interview');
  });
});
