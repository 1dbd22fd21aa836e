// How cards look on the page: close to Microsoft Teams' light theme (Segoe UI at Teams' sizes, Teams purple
// for accents and primary buttons), with status colours dark enough to read on white, and fonts that carry
// Japanese well where Segoe UI is missing.

const text = (normal, subtle) => ({ default: normal, subtle });

const foreground = {
  default: text('#242424', '#616161'),
  dark: text('#242424', '#616161'),
  light: text('#FFFFFF', '#F5F5F5'),
  accent: text('#5B5FC7', '#4F52B2'),
  good: text('#0E700E', '#107C10'),
  warning: text('#BC4B09', '#8A3707'),
  attention: text('#C4314B', '#A4262C'),
};

const style = (backgroundColor) => ({ backgroundColor, foregroundColors: foreground });

const sans = "'Segoe UI', 'Yu Gothic UI', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', system-ui, -apple-system, sans-serif";
const mono = "Consolas, 'Cascadia Mono', 'BIZ UDGothic', 'Noto Sans Mono CJK JP', monospace";
const fontSizes = { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 };
const fontWeights = { lighter: 300, default: 400, bolder: 600 };

export const hostConfig = {
  fontFamily: sans,
  fontTypes: {
    default: { fontFamily: sans, fontSizes, fontWeights },
    monospace: { fontFamily: mono, fontSizes: { ...fontSizes, small: 12, default: 13 }, fontWeights },
  },
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes,
  fontWeights,
  lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: style('#FFFFFF'),
    emphasis: style('#F5F5F5'),
    accent: style('#E8EBFA'),
    good: style('#F1FAF1'),
    warning: style('#FFF9F5'),
    attention: style('#FDF3F4'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
    iconSize: 16,
  },
  adaptiveCard: { allowCustomStyle: true },
  textBlock: { headingLevel: 2 },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: true, weight: 'bolder', wrap: true, maxWidth: 160 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 10,
  },
  inputs: {
    label: {
      inputSpacing: 'small',
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { size: 'small', color: 'attention' },
  },
};
