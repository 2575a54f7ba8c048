import { makeStyles, tokens } from '@fluentui/react-components';

/** The frame of a list edited as groups of fields (the bands of 分档计分, the parts of 分项合计). */
export const useListStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  /** One row's or part's own group, inside the list. */
  item: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusSmall,
    minWidth: 0,
  },
  itemLegend: { color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalXS}` },
  control: { minWidth: 0, maxWidth: '100%', width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});
