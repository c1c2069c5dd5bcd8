document.getElementById("root").textContent = "test";
