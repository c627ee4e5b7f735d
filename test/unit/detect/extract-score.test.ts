/**
 * The judge of extracted fields (extract-score.ts), which the dev-part figures and the held-out
 * measurements rest on: a legal form does not make a name different, another name does.
 */
import { describe, expect, it } from 'vitest';
import { sameCompany, sameRole } from './extract-score';

describe('sameCompany', () => {
  it.each([
    ['Plásticos del Bajío', 'Plásticos del Bajío S.A. de C.V.'],
    ['Hospital de Santa Luzia', 'Hospital de Santa Luzia, E.P.E.'],
    ['Águas do Sado', 'Águas do Sado, E.M.'],
    ['BitForge', 'BitForge Sp. z o.o.'],
    ['Ridgevale Mining', 'Ridgevale Mining (Pty) Ltd.'],
    ['Ceylon Peak Tea Exports', 'Ceylon Peak Tea Exports (Pvt) Ltd.'],
    ['Kestrel & Sons', 'Kestrel and Sons GmbH'],
    ['Brightfell Aviation', 'Brightfell Aviation DAC'],
    ['Coöperatieve Brightfell', 'Coöperatieve Brightfell U.A.'],
    ['Brightfell Spedition', 'Brightfell Spedition SE & Co. KG'],
    ['Fjordlys Subsea', 'Fjordlys Subsea AS'],
    ['Norrkust Logistik', 'Norrkust Logistik AB'],
    ['Havgaard Shipping', 'Havgaard Shipping A/S'],
    ['Kuusela Systems', 'Kuusela Systems Oyj'],
    ['Brenner Logistik', 'Brenner Logistik SE'],
    ['Woonzorgcentrum De Linde', 'Woonzorgcentrum De Linde vzw'],
    ['Ibarra Zepeda y Asociados', 'Ibarra Zepeda y Asociados, S.C.'],
  ])('takes %s and %s as one employer', (got, want) => {
    expect(sameCompany(got, want)).toBe(true);
  });

  it.each([
    ['Grupo Aurora', 'Aurora Cosméticos S.A.'],
    ['Tessellate Recruitment', 'Harrowby Housing Trust'],
    ['Sparkle Bright', 'Sparkle Bright Cleaning'],
    ['Fjordlys', 'Fjordlys Assurance'],
  ])('tells %s from %s', (got, want) => {
    expect(sameCompany(got, want)).toBe(false);
  });
});

describe('sameRole', () => {
  it.each([
    ['Conducteur de ligne H/F', 'Conducteur de ligne'],
    ['Contrôleur de gestion', 'Contrôleur de gestion (H/F)'],
    ['Pflegefachkraft m/w/d', 'Pflegefachkraft'],
  ])('takes %s and %s as one title: a gender marker is no part of it', (got, want) => {
    expect(sameRole(got, want)).toBe(true);
  });
});
