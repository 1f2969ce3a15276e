// The hints as a @wordpress/data store, 'brio/hints': the marks of each block (what the format
// type paints) and the newest report and verdict (what the sidebar lists). The store is the
// Gutenberg way to share state between the editable tree and the sidebar.

import { createReduxStore, register, select } from '@wordpress/data';

export const STORE = 'brio/hints';

const initial = { marks: {}, text: '', report: null, verdict: null, problem: null };

const EMPTY = [];

export const store = createReduxStore(STORE, {
  reducer(state = initial, action) {
    switch (action.type) {
      case 'BRIO_SET_MARKS':
        return { ...state, marks: action.marks };
      case 'BRIO_SET_REPORT':
        // A problem before any report (a crashed worker) keeps the last report, if any, listed.
        return action.report
          ? { ...state, text: action.text, report: action.report, verdict: action.verdict, problem: action.problem }
          : { ...state, problem: action.problem };
      default:
        return state;
    }
  },
  actions: {
    setMarks: (marks) => ({ type: 'BRIO_SET_MARKS', marks }),
    setReport: ({ text, report, verdict, problem = null }) => ({ type: 'BRIO_SET_REPORT', text, report, verdict, problem }),
  },
  selectors: {
    getMarks: (state, clientId) => state.marks[clientId] ?? EMPTY,
    getReport: (state) => state.report,
    getText: (state) => state.text,
    getVerdict: (state) => state.verdict,
    getProblem: (state) => state.problem,
  },
});

/** Registers the store once with the default registry (wp.data). */
export function registerStore() {
  if (!select(STORE)) register(store);
}
