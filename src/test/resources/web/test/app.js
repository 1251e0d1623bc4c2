console.log("sergik");
