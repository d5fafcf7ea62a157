// The page's only script, and nothing depends on it: folding is <details>, charts are SVG.
// It unfolds every <details> before printing (and folds back afterwards), so a printout or
// PDF has the whole cascade; and it shows the tree's "expand all / collapse all" buttons,
// which stay hidden when scripts are off since they could do nothing then.

export const SCRIPT = `(function(){
var folded=[];
addEventListener('beforeprint',function(){folded=[].slice.call(document.querySelectorAll('details:not([open])'));folded.forEach(function(d){d.open=true})});
addEventListener('afterprint',function(){folded.forEach(function(d){d.open=false});folded=[]});
var tools=document.getElementById('tree-tools');
if(tools){tools.hidden=false;tools.addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;
document.querySelectorAll('#cascade details').forEach(function(d){d.open=b.value==='open'})})}
})();`;
