// opencc-js ships types for its presets, not for the single dictionary sets under opencc-js/to/*.
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const traditionalToSimplified: readonly DictGroup[];
  export default traditionalToSimplified;
}
