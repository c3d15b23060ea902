// The safety screen's public face: its two pages, the gate plan and session screens wrap
// around their content, the "Something changed" control, and the way in for the body map.

export { EmergencyCall } from './EmergencyCall.js';
export { callWording, type EmergencyNumber, emergencyNumbers } from './emergency-number.js';
export {
  RequireCurrentSafetyScreen,
  SafetyGateView,
  type SafetyGateViewProps,
} from './RequireCurrentSafetyScreen.js';
export {
  nerveQuestionsPath,
  openNerveQuestions,
  recheckRedFlags,
  reportSomethingChanged,
  safetyResultPath,
  safetyScreenPath,
} from './reopen-screen.js';
export { SafetyResultPage } from './SafetyResultPage.js';
export { SafetyScreenPage } from './SafetyScreenPage.js';
export { SafetyStopBanner, SafetyStopBannerView } from './SafetyStopBanner.js';
export { SomethingChangedButton } from './SomethingChangedButton.js';
export { type SafetyRecordValue, type ScreenStatus, screenStatus } from './screen-status.js';
