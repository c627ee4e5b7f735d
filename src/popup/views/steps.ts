/** The steps of the "New note" flow, one chunk loaded after the popup's first render (src/popup/app.tsx). */
export { DetailsStep } from './details-step';
export { DraftStep } from './draft-step';
export { PeopleStep } from './people-step';
export { SituationStep } from './situation-step';
