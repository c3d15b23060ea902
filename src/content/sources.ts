// The works that content entries cite, written once so every entry cites them the same way.
// The article is the seed; the others correct or fill in where it is silent, vague or wrong.

/** The source article (../shared/reference/back-pain-article.txt). */
export const article =
  'Get Massage Smart, staff article on DIY massage and trigger point tips for back pain relief (getmassagesmart.com, 2014, updated 2017)';

// Travell & Simons, the Trigger Point Manual. Volume 1 is the upper half of the body
// (2nd ed. 1999); volume 2 is the lower extremities, pelvis and low back (1992).
const manualVol1 =
  "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, Upper Half of Body, 2nd ed. (1999)";
const manualVol2 =
  'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2, The Lower Extremities (1992)';

export const travellOverview = `${manualVol1}, ch. 2, General overview (trigger points, pressure release)`;
export const travellPerpetuating = `${manualVol1}, ch. 4, Perpetuating factors`;
// The two trunk chapters are cited by title: their numbers differ between editions.
export const travellSerratusPosteriorInferior = `${manualVol1}, chapter Serratus posterior inferior muscle`;
export const travellParaspinals = `${manualVol1}, chapter Thoracolumbar paraspinal muscles`;
export const travellQuadratus = `${manualVol2}, ch. 4, Quadratus lumborum muscle`;
export const travellIliopsoas = `${manualVol2}, ch. 5, Iliopsoas muscle`;
export const travellGluteusMaximus = `${manualVol2}, ch. 7, Gluteus maximus muscle`;
export const travellGluteusMedius = `${manualVol2}, ch. 8, Gluteus medius muscle`;
export const travellGluteusMinimus = `${manualVol2}, ch. 9, Gluteus minimus muscle`;
export const travellPiriformis = `${manualVol2}, ch. 10, Piriformis and other short lateral rotators`;

/** Held pressure doses that studies used: 30 s firm or 90 s light (Hou), about 60 s (Fryer). */
export const houCompression =
  'Hou CR et al. Immediate effects of various physical therapeutic modalities on cervical myofascial pain and trigger-point sensitivity. Arch Phys Med Rehabil 2002;83(10):1406-1414';
export const fryerPressureRelease =
  'Fryer G, Hodgson L. The effect of manual pressure release on myofascial trigger points in the upper trapezius muscle. J Bodyw Mov Ther 2005;9(4):248-255';

export const niceLowBackPain =
  'NICE NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)';
export const nhsBackPain = 'NHS, Back pain: when to get help (nhs.uk)';
export const dahmBedRest =
  'Dahm KT et al. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;(6):CD007612';
export const acpGuideline =
  'Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514-530';
export const frenchHeatCold =
  'French SD et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev 2006;(1):CD004750';
export const wegnerTraction =
  'Wegner I et al. Traction for low-back pain with or without sciatica. Cochrane Database Syst Rev 2013;(8):CD003010';
export const nhsPregnancySleep = 'NHS, Sleeping positions in pregnancy (nhs.uk)';
export const tommysPregnancyBackPain =
  "Tommy's, How can I reduce irritable back pain? (tommys.org, midwife advice on back pain in pregnancy)";
export const kovacsMattress =
  'Kovacs FM et al. Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial. Lancet 2003;362(9396):1599-1604';
export const sajkoPsoas =
  'Sajko S, Stuber K. Psoas major: a case report and review of its anatomy, biomechanics, and clinical implications. J Can Chiropr Assoc 2009;53(4):311-318';
export const gerwinPerpetuating =
  'Gerwin RD. A review of myofascial pain and fibromyalgia: factors that promote their persistence. Acupunct Med 2005;23(3):121-134';
export const chouDiagnosis =
  'Chou R et al. Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society. Ann Intern Med 2007;147(7):478-491';
export const hartvigsenLancet =
  'Hartvigsen J et al. What low back pain is and why we need to pay attention. Lancet 2018;391(10137):2356-2367';
export const grayAnatomy =
  "Gray's Anatomy: The Anatomical Basis of Clinical Practice, 42nd ed. (2020), back and gluteal region";
export const bogdukLumbar =
  'Bogduk N. Clinical and Radiological Anatomy of the Lumbar Spine, 5th ed. (2012), back muscles chapter';
export const garberExercise =
  'Garber CE et al. American College of Sports Medicine position stand: quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults. Med Sci Sports Exerc 2011;43(7):1334-1359';
export const swainPosture =
  'Swain CTV et al. No consensus on causality of spine postures or physical exposure and low back pain: a systematic review of systematic reviews. J Biomech 2020;102:109312';
export const quintnerTriggerPoints =
  'Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology 2015;54(3):392-399';
export const vilenskySerratus =
  'Vilensky JA et al. Serratus posterior muscles: anatomy, clinical relevance, and function. Clin Anat 2001;14(4):237-241';

/** Massage for low back pain: low-certainty, short-term benefit only. */
export const furlanMassage =
  'Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database Syst Rev 2015;(9):CD001929';
/** Stabilisation (core) exercise is no better than other exercise over the longer term. */
export const smithStabilisation =
  'Smith BE, Littlewood C, May S. An update of stabilisation exercises for low back pain: a systematic review with meta-analysis. BMC Musculoskelet Disord 2014;15:416';
