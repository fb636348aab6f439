export const id = 857;
export const ids = [857];
export const modules = {

/***/ 11857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonReport: () => (/* binding */ jsonReport),
/* harmony export */   summaryLines: () => (/* binding */ summaryLines)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2618);

function tallies(table, order = []) {
    const keys = [
        ...order.filter((key) => key in table),
        ...Object.keys(table)
            .filter((key) => !order.includes(key))
            .sort(),
    ];
    return keys
        .map((key) => {
        const tally = table[key] ?? { total: 0, covered: 0, uncovered: 0 };
        return `${key} ${tally.total} (${tally.covered} with a test)`;
    })
        .join(', ');
}
/**
 * The counts a reader of the gate wants before its findings: invariants per tier, severity
 * and witness class, gated and uncovered ones, external entries and threat-model coverage.
 */
function summaryLines(summary) {
    const { settings } = summary;
    const lines = [
        `${summary.index}: ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.invariants.length, 'invariant')}; ${summary.gated} in gated tiers (${settings.gatedTiers.join(', ')}), ${summary.uncovered} of them without a test`,
        `by tier: ${tallies(summary.byTier, settings.tiers)}`,
        `by severity: ${tallies(summary.bySeverity, settings.severities)}`,
    ];
    if (Object.keys(summary.byWitness).length > 0) {
        lines.push(`by witness class: ${tallies(summary.byWitness, settings.witnessClasses)}`);
    }
    if (summary.external > 0) {
        lines.push(`${summary.external} test ${summary.external === 1 ? 'entry' : 'entries'} in other repositories listed, not checked (set verify-external to check them)`);
    }
    if (settings.verifyExternal) {
        lines.push(`verify-external: ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.apiRequests, 'API request')}`);
    }
    const limit = settings.maxUnmentioned === undefined ? '' : ` (max-unmentioned: ${settings.maxUnmentioned})`;
    lines.push(`${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.unmentioned, 'invariant')} not named in their threat model${limit}`);
    return lines;
}
/** The JSON report: the usual findings and errors, and every invariant's status. */
function jsonReport(report, summary) {
    const invariants = summary && {
        index: summary.index,
        total: summary.invariants.length,
        gated: summary.gated,
        uncovered: summary.uncovered,
        external: summary.external,
        unmentionedInThreatModel: summary.unmentioned,
        byTier: summary.byTier,
        bySeverity: summary.bySeverity,
        byWitness: summary.byWitness,
        settings: summary.settings,
        list: summary.invariants,
    };
    return `${JSON.stringify({ ...(0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .toJson */ .aB)(report), invariants }, null, 2)}\n`;
}


/***/ })

};
