/**
 * The main text of a web page: the article kept, the page chrome (menus, cookie banners, share
 * bars, related links, footers) dropped, with jsoup over the HTML as fetched.
 */
package dk.konferencebasen.extraction.html;
