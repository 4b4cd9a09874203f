/* Preferred Form embed helper (optional). Add it to a page with our iframes:
   <script src="https://preferred-form.org/embed.js" async></script>
   Each embed posts {context:"iframe.resize", src, height}; this sets that iframe's height.
   Messages from other origins, from windows that are not one of our iframes, or of any other
   shape are ignored. */
(function () {
  var s = document.currentScript;
  var origin = new URL(s ? s.src : location.href).origin;
  addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.context !== "iframe.resize") return;
    var h = Number(d.height);
    if (!(h > 0 && h < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
    }
  });
})();
