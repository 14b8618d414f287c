// Printed after `npm run build`, so whoever built the site knows how to look at it.
console.log('\n网站已生成在 dist/ 文件夹。预览：运行 npm run preview，然后在浏览器打开 http://localhost:4321/');
console.log('The site is in dist/. Preview it with `npm run preview` and open http://localhost:4321/\n');
