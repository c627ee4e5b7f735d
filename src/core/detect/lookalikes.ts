/**
 * Cyrillic and Greek letters that look like Latin ones (homoglyph spoofing of "offer" and the
 * like), and the Latin letters they look like, position by position. The gate and the
 * classifier's text cleaning share them, so the classifier's chunk does not ship them again.
 */
export const LOOKALIKE_FROM = 'АВЕКМНОРСТХаеорсухіјѕΑΒΕΗΙΚΜΝΟΡΤΧΥΖοιν';
export const LOOKALIKE_TO = 'ABEKMHOPCTXaeopcyxijsABEHIKMNOPTXYZoiv';
