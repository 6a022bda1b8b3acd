// Browser libraries from webjars (Maven dependencies, versions in pom.xml), loaded only by the views that need them.
const LEAFLET = '/webjars/leaflet/1.9.4/dist';
const loaded = new Map();

function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = src;
      element.onload = resolve;
      element.onerror = () => reject(new Error(`Could not load ${src}`));
      document.head.append(element);
    }));
  }
  return loaded.get(src);
}

function stylesheet(href, id) {
  if (!loaded.has(href)) {
    loaded.set(href, new Promise((resolve) => {
      const element = document.createElement('link');
      if (id) element.id = id;
      element.rel = 'stylesheet';
      element.href = href;
      element.onload = resolve;
      element.onerror = resolve;
      document.head.append(element);
    }));
  }
  return loaded.get(href);
}

export async function leaflet() {
  await Promise.all([stylesheet(`${LEAFLET}/leaflet.css`), script(`${LEAFLET}/leaflet.js`)]);
  return window.L;
}

export async function cytoscape() {
  await stylesheet('/explorer/cytoscape.css', '__________cytoscape_stylesheet');
  await script('/webjars/cytoscape/3.33.1/dist/cytoscape.min.js');
  return window.cytoscape;
}

export async function echarts() {
  await script('/webjars/echarts/5.3.1/dist/echarts.common.min.js');
  return window.echarts;
}
