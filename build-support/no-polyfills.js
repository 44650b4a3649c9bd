// Modern browsers only (see "browserslist" in package.json): the features Next polyfills here are all native there.
export {};
