/** What the tabs that read the board say when it holds no journey map. */
export const EMPTY_BOARD_MESSAGE =
  'No journey maps on this board yet — insert one from Templates, or draw a grid with stage and lane labels.';
