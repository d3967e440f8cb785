import { WALL_VIEWS, type WallView } from '../../../shared/stage';

/** What the wall's address asks for: `?view=<view>` (it wins over the console) and `?viewer=1`. */
export interface WallQuery {
  view: WallView | null;
  viewer: boolean;
}

export function wallQuery(search = location.search): WallQuery {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    view: (WALL_VIEWS as readonly string[]).includes(view ?? '') ? (view as WallView) : null,
    viewer: params.get('viewer') === '1',
  };
}
