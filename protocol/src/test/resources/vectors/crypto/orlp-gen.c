#include <stdio.h>
#include <stdlib.h>
#include "ed_25519.h"
static void pr(const unsigned char*b,int n){ for(int i=0;i<n;i++) printf("%02x",b[i]); }
int main(){
  srand(20260117);
  unsigned char seed[32], prv[64], pub[32], sig[64], msg[200], ss[32], peerseed[32], peerprv[64], peerpub[32];
  printf("# seed,expanded_key,public_key,message,signature,peer_public_key,shared_secret\n");
  for (int i=0;i<48;i++){
    for(int j=0;j<32;j++){ seed[j]=rand()&255; peerseed[j]=rand()&255; }
    int mlen = (i*7)%181;
    for(int j=0;j<mlen;j++) msg[j]=rand()&255;
    ed25519_create_keypair(pub,prv,seed);
    ed25519_create_keypair(peerpub,peerprv,peerseed);
    ed25519_sign(sig,msg,mlen,pub,prv);
    ed25519_key_exchange(ss,peerpub,prv);
    pr(seed,32);printf(",");pr(prv,64);printf(",");pr(pub,32);printf(",");pr(msg,mlen);printf(",");pr(sig,64);printf(",");pr(peerpub,32);printf(",");pr(ss,32);printf("\n");
  }
}
